"""The committed case files (samples/alt/cases): fixed seeds and the choices each one pins down.

Together they hold every instrument kind of shared/domain/instruments.yaml, all seven agencies, simple and general
procedure, a 不予处罚 file, major cases, and every check id the review runs that a file can show failing."""

from __future__ import annotations

COMMITTED: list[dict] = [
    # clean files
    {
        "name": "alt-01-emergency-training",
        "seed": 1101,
        "spec": {
            "scenario": "em_training",
            "procedure": "general",
            "fine": 30000,
            "features": {
                "source": "inspection",
                "statement": "written",
                "review_page": True,
                "second_inquiry": True,
                "inquiry_sparse_end": True,
                "proxy": True,
                "statement_period": 5,
                "extension": False,
            },
            "traps": ["lighter_after_defence"],
            "style": {"titles": {"penalty_decision": "prefix", "prior_notice": "agency_line"}, "seal_mode": "marker"},
        },
    },
    {
        "name": "alt-02-emergency-major-hearing",
        "seed": 1202,
        "scans": True,
        "spec": {
            "scenario": "em_major",
            "procedure": "general",
            "fine": 150000,
            "suspension": 60,
            "features": {
                "hearing": "held",
                "statement": "none",
                "preservation": True,
                "extension": True,
                "enforcement": "none",
                "hearing_report": True,
                "address_form": True,
                "statement_period": 5,
            },
            "style": {"titles": {"penalty_decision": "spaced", "cover": "plain"}, "seal_mode": "marker"},
        },
    },
    {
        "name": "alt-03-transport-onsite",
        "seed": 1303,
        "scans": True,
        "spec": {
            "scenario": "tr_spill",
            "procedure": "simple",
            "fine": 2000,
            "features": {"simple_photo": True},
            "style": {"layouts": {"onsite_decision": "lines"}, "seal_mode": "marker"},
        },
    },
    {
        "name": "alt-08-culture-no-penalty",
        "seed": 1808,
        "scans": True,
        "spec": {
            "scenario": "cu_signage",
            "procedure": "general",
            "outcome": "no_penalty",
            "features": {"source": "inspection", "extension": False},
            "style": {"seal_mode": "image"},
        },
    },
    {
        "name": "alt-22-emergency-reminder",
        "seed": 2222,
        "spec": {
            "scenario": "em_gas_alarm",
            "procedure": "general",
            "fine": 20000,
            "features": {"statement": "waived", "enforcement": "reminder", "statement_period": 5, "extension": False},
            "traps": ["hearing_offered"],
        },
    },
    {
        "name": "alt-23-culture-onsite-warning",
        "seed": 2323,
        "spec": {
            "scenario": "cu_signage",
            "procedure": "simple",
            "outcome": "penalty",
            "style": {"layouts": {"onsite_decision": "table"}},
        },
    },
    # files with defects
    {
        "name": "alt-04-transport-passenger-major",
        "seed": 1404,
        "spec": {
            "scenario": "tr_passenger",
            "procedure": "general",
            "party_kind": "citizen",
            "fine": 15000,
            "features": {"hearing": "waived", "statement": "waived"},
            "defects": ["deadline.major_filing_15d", "officers.certificates"],
        },
    },
    {
        "name": "alt-05-health-public-place",
        "seed": 1505,
        "spec": {
            "scenario": "he_public_place",
            "procedure": "general",
            "fine": 3000,
            "features": {"statement": "none", "statement_period": 3},
            "defects": ["rights.statement_in_notice", "decision.basis_precise", "party.consistent"],
        },
    },
    {
        "name": "alt-06-health-doctor-major",
        "seed": 1606,
        "spec": {
            "scenario": "he_doctor",
            "procedure": "general",
            "party_kind": "citizen",
            "values": {"gain": 6800, "multiple": 3},
            "features": {"hearing": "held", "statement": "none", "enforcement": "none"},
            "defects": ["docs.legal_review", "deadline.hearing_notice_7d"],
        },
    },
    {
        "name": "alt-07-culture-minors-stale",
        "seed": 1707,
        "spec": {
            "scenario": "cu_minors",
            "procedure": "general",
            "fine": 15000,
            "values": {"gain": 960},
            "features": {"statement": "none"},
            "defects": ["substance.limitation", "docs.cover_index"],
        },
    },
    {
        "name": "alt-09-land-major-court",
        "seed": 1909,
        "spec": {
            "scenario": "la_occupation",
            "procedure": "general",
            "party_kind": "organisation",
            "values": {"area": 1260, "per_m2": 120},
            "features": {"hearing": "held", "statement": "none", "enforcement": "court", "hearing_report": False},
            "defects": ["docs.collective_discussion", "timeline.order"],
        },
    },
    {
        "name": "alt-10-market-price-tag",
        "seed": 2010,
        "spec": {
            "scenario": "mk_price_tag",
            "procedure": "general",
            "outcome": "penalty",
            "fine": 2000,
            "features": {"source": "complaint", "statement": "none"},
            "defects": ["deadline.filing_15wd", "timeline.investigate_before_filing", "docs.order"],
        },
    },
    {
        "name": "alt-11-market-price-fraud",
        "seed": 2111,
        "spec": {
            "scenario": "mk_price_fraud",
            "procedure": "general",
            "values": {"gain": 18600, "multiple": 3},
            "features": {"statement": "none", "hearing": "none", "enforcement": "none"},
            "defects": ["rights.hearing_in_notice", "deadline.hearing_request_5d"],
        },
    },
    {
        "name": "alt-12-urban-waste-late",
        "seed": 2212,
        "spec": {
            "scenario": "ur_waste",
            "procedure": "general",
            "party_kind": "organisation",
            "fine": 8000,
            "features": {"enforcement": "none"},
            "defects": ["deadline.service_7d", "deadline.payment_15d", "timeline.dates_filled"],
        },
    },
    {
        "name": "alt-13-urban-onsite-over-limit",
        "seed": 2313,
        "spec": {
            "scenario": "ur_waste",
            "procedure": "simple",
            "party_kind": "organisation",
            "defects": ["decision.simple_procedure_limits", "officers.two_officers"],
        },
    },
    {
        "name": "alt-14-market-missing-docs",
        "seed": 2414,
        "spec": {
            "scenario": "mk_price_tag",
            "procedure": "general",
            "outcome": "penalty",
            "fine": 1500,
            "defects": ["docs.prior_notice", "docs.evidence_gathering", "docs.closing_report"],
        },
    },
    {
        "name": "alt-15-emergency-gas-missing",
        "seed": 2515,
        "spec": {
            "scenario": "em_gas_alarm",
            "procedure": "general",
            "fine": 15000,
            "defects": [
                "docs.filing_approval",
                "docs.investigation_report",
                "docs.penalty_approval",
                "decision.amount_consistent",
            ],
        },
    },
    {
        "name": "alt-16-transport-maintenance",
        "seed": 2616,
        "spec": {
            "scenario": "tr_maintenance",
            "procedure": "general",
            "fine": 3000,
            "features": {"enforcement": "none"},
            "defects": ["docs.decision_service", "docs.notice_service", "docs.execution"],
        },
    },
    {
        "name": "alt-17-health-decision-drafting",
        "seed": 2717,
        "spec": {
            "scenario": "he_public_place",
            "procedure": "general",
            "fine": 2500,
            "defects": [
                "rights.remedies_in_decision",
                "rights.payment_terms_in_decision",
                "decision.doc_number",
                "party.identified",
            ],
        },
    },
    {
        "name": "alt-18-culture-statement",
        "seed": 2818,
        "spec": {
            "scenario": "cu_minors",
            "procedure": "general",
            "fine": 20000,
            "values": {"gain": 1280},
            "features": {"statement": "oral", "hearing": "none"},
            "defects": ["rights.statement_reviewed", "rights.no_heavier_after_defence"],
        },
    },
    {
        "name": "alt-19-land-citizen-major",
        "seed": 2919,
        "spec": {
            "scenario": "la_occupation",
            "procedure": "general",
            "party_kind": "citizen",
            "values": {"area": 260, "per_m2": 100},
            "features": {"hearing": "held", "statement": "none", "enforcement": "none"},
            "defects": ["docs.major_filing", "docs.hearing_record", "decision.contents"],
        },
    },
    {
        "name": "alt-20-market-undecided",
        "seed": 3020,
        "spec": {
            "scenario": "mk_price_tag",
            "procedure": "general",
            "outcome": "penalty",
            "fine": 3000,
            "defects": ["docs.penalty_decision", "officers.two_officers"],
        },
    },
    {
        "name": "alt-21-urban-overdue",
        "seed": 3121,
        "spec": {
            "scenario": "ur_waste",
            "procedure": "general",
            "party_kind": "organisation",
            "fine": 12000,
            "features": {"statement": "none", "extension": False, "statement_period": 5},
            "defects": ["deadline.decision_90d", "deadline.statement_period", "rights.notice_contents"],
        },
    },
]

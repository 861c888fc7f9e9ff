"""`reviewer serve` (the web API) and `reviewer keys create|list|revoke` (API keys for integrations)."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from reviewer.core.errors import ExitCode
from reviewer.core.settings import Settings, get_settings

keys_app = typer.Typer(help="管理 API 密钥（供监督平台等系统调用）。", no_args_is_help=True)
users_app = typer.Typer(help="管理评查网页的登录账号。", no_args_is_help=True)
#: Scripts set the new user's password here instead of typing it at the prompt.
PASSWORD_ENV = "REVIEWER_NEW_PASSWORD"
MIN_PASSWORD = 8

ROLE_HELP = "角色：evaluator（上传、查看本机关）、reviewer（另可更正、签字）、admin（全部，含密钥）、system（系统对接：上传、查看）"


def serve(
    host: Annotated[str, typer.Option("--host", help="监听地址")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="端口")] = 8000,
    workers: Annotated[int, typer.Option("--workers", min=1, help="API 进程数")] = 1,
) -> None:
    """Run the web API (and the reviewer pages) with uvicorn; the database schema is brought up to date first."""
    import uvicorn

    from reviewer.store import upgrade

    settings = get_settings()
    upgrade(settings)
    hint = first_account_hint(settings, host, port)
    if hint:
        print(hint, file=sys.stderr)
    uvicorn.run(
        "api.app:create_app", factory=True, host=host, port=port, workers=workers, proxy_headers=True, log_level="info"
    )


def first_account_hint(settings: Settings, host: str, port: int) -> str | None:
    """On a database nobody can sign in to yet, how to make the first account; None once there is one."""
    from reviewer.store import has_accounts, open_database

    with open_database(settings).session() as session:
        if has_accounts(session):
            return None
    return (
        "提示：数据库中还没有任何账号，网页无法登录。请在另一个终端创建第一个账号（密码会提示输入）：\n"
        "  reviewer users create admin --role admin --name 管理员\n"
        f"然后用浏览器打开 http://{host}:{port}/ 登录。系统对接请用 reviewer keys create --role system "
        "--agency <机关代码> 创建 API 密钥。"
    )


@keys_app.command("create")
def create(
    role: Annotated[str, typer.Option("--role", help=ROLE_HELP)],
    agency: Annotated[str | None, typer.Option("--agency", help="执法机关代码；省略表示全部机关")] = None,
    name: Annotated[str | None, typer.Option("--name", help="密钥名称（用于审计记录）")] = None,
) -> None:
    """Create a key and print it once: only its SHA-256 is kept, so it cannot be shown again."""
    from reviewer.store import create_api_key, open_database, upgrade

    settings = get_settings()
    upgrade(settings)
    with open_database(settings).session() as session:
        plain, key = create_api_key(session, role=role, agency_code=agency, name=name or f"{role}-key")
        prefix = key.prefix
    print(
        f"已创建 API 密钥（前缀 {prefix}，角色 {role}，机关 {agency or '全部'}）。密钥只显示这一次，请妥善保存：",
        file=sys.stderr,
    )
    typer.echo(plain)


@keys_app.command("list")
def list_keys() -> None:
    """One line per key: id, prefix, role, agency, name, created, revoked."""
    from reviewer.store import list_api_keys, open_database, upgrade

    settings = get_settings()
    upgrade(settings)
    with open_database(settings).session() as session:
        for key in list_api_keys(session):
            agency = key.agency.code if key.agency else "全部"
            revoked = key.revoked_at.isoformat(timespec="seconds") if key.revoked_at else "有效"
            typer.echo(
                f"{key.id}\t{key.prefix}\t{key.role}\t{agency}\t{key.name}\t"
                f"{key.created_at.isoformat(timespec='seconds')}\t{revoked}"
            )


@keys_app.command("revoke")
def revoke(key: Annotated[str, typer.Argument(help="密钥 ID 或前缀")]) -> None:
    """Revoke a key by id or prefix; requests with it are refused from then on."""
    from reviewer.store import open_database, revoke_api_key, upgrade

    settings = get_settings()
    upgrade(settings)
    with open_database(settings).session() as session:
        found = revoke_api_key(session, key)
        if found is None:
            print(f"错误：找不到密钥“{key}”（或前缀对应多个密钥，请改用 ID）。", file=sys.stderr)
            raise typer.Exit(ExitCode.BAD_INPUT)
        prefix = found.prefix
    print(f"已吊销密钥 {prefix}。", file=sys.stderr)


@users_app.command("create")
def create_user(
    username: Annotated[str, typer.Argument(help="登录名")],
    role: Annotated[str, typer.Option("--role", help=ROLE_HELP)],
    agency: Annotated[str | None, typer.Option("--agency", help="执法机关代码；省略表示全部机关")] = None,
    name: Annotated[str | None, typer.Option("--name", help="显示名，如 张三")] = None,
) -> None:
    """Create a sign-in account for the reviewer pages; the password is asked for (hidden) or read from
    REVIEWER_NEW_PASSWORD, and only its scrypt hash is stored."""
    import os

    from reviewer.store import create_user as store_create_user
    from reviewer.store import open_database, upgrade

    password = os.environ.get(PASSWORD_ENV) or typer.prompt("密码", hide_input=True, confirmation_prompt="再次输入密码")
    if len(password) < MIN_PASSWORD:
        print(f"错误：密码至少 {MIN_PASSWORD} 位。", file=sys.stderr)
        raise typer.Exit(ExitCode.BAD_INPUT)
    from sqlalchemy.exc import IntegrityError

    settings = get_settings()
    upgrade(settings)
    try:
        with open_database(settings).session() as session:
            store_create_user(
                session, username=username, password=password, role=role, agency_code=agency, display_name=name
            )
    except IntegrityError as error:
        print(f"错误：账号“{username}”已存在。", file=sys.stderr)
        raise typer.Exit(ExitCode.BAD_INPUT) from error
    print(f"已创建账号 {username}（角色 {role}，机关 {agency or '全部'}）。", file=sys.stderr)

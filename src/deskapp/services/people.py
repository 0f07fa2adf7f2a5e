"""Requesters, agents and support groups: finding them by what a person types, and the defaults."""

import getpass
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.domain import validation
from deskapp.domain.categories import DEFAULT_TREE, split_path
from deskapp.domain.errors import NotFoundError, ValidationError
from deskapp.services.records import GroupRef, PersonRef
from deskapp.storage.engine import Database
from deskapp.storage.tables import Agent, Category, Requester, SupportGroup

DEFAULT_GROUPS = [
    ("Service Desk", 1, "First line: takes every call and fixes what it can."),
    ("Technical Support", 2, "Second line: desktops, servers, network and accounts."),
    ("Specialists & Vendors", 3, "Third line: outside suppliers and specialist help."),
]


@dataclass(frozen=True)
class Actor:
    """Who is making a change: an agent (id) or a requester using the form (id None)."""

    id: int | None
    name: str


def seed_defaults(session: Session) -> None:
    """Fill a new database with the first agent, the default support groups and category tree."""
    if session.scalar(select(func.count()).select_from(Agent)):
        return
    groups = [SupportGroup(name=n, tier=t, description=d) for n, t, d in DEFAULT_GROUPS]
    session.add_all(groups)
    session.flush()
    user = getpass.getuser() or "admin"
    session.add(Agent(name=user.capitalize(), email=None, is_admin=True, group_id=groups[0].id))
    for position, (top, children) in enumerate(DEFAULT_TREE.items()):
        parent = Category(name=top, position=position)
        session.add(parent)
        session.flush()
        session.add_all(Category(name=c, parent_id=parent.id, position=i) for i, c in enumerate(children))


def admin_actor(database: Database) -> Actor:
    """The local admin: the first agent marked admin (the first agent of a new database)."""
    with database.read() as session:
        agent = session.scalars(select(Agent).where(Agent.is_admin).order_by(Agent.id)).first()
        if agent is None:
            raise NotFoundError("this database has no admin agent")
        return Actor(agent.id, agent.name)


def person_ref(row: Agent | Requester | None) -> PersonRef | None:
    if row is None:
        return None
    department = row.department if isinstance(row, Requester) else None
    return PersonRef(row.id, row.name, row.email, department)


def group_ref(row: SupportGroup | None) -> GroupRef | None:
    return None if row is None else GroupRef(row.id, row.name, row.tier)


def find_or_create_requester(
    session: Session, email: str | None, name: str | None = None, department: str | None = None
) -> Requester | None:
    """The requester with this email (updated with a newly given name), a new one, or None."""
    if not email and not name:
        return None
    clean_name = validation.name(name, "requester name", required=False)
    clean_department = validation.name(department, "department", required=False)
    if email:
        address = validation.email(email, "requester")
        requester = session.scalars(select(Requester).where(Requester.email == address)).first()
        if requester is None:
            requester = Requester(email=address, name=clean_name or address.split("@")[0], department="")
            session.add(requester)
        elif clean_name and clean_name != requester.name:
            requester.name = clean_name
    else:
        requester = session.scalars(
            select(Requester).where(Requester.email.is_(None), Requester.name == clean_name)
        ).first()
        if requester is None:
            requester = Requester(name=clean_name, email=None, department="")
            session.add(requester)
    if clean_department:
        requester.department = clean_department
    session.flush()
    return requester


def find_agent(session: Session, text: str, actor: Actor) -> Agent | None:
    """An agent by 'me', 'none', id, email or name (case-insensitive); None means unassigned."""
    value = text.strip()
    if value.lower() in ("none", "nobody", "unassigned", ""):
        return None
    if value.lower() == "me":
        if actor.id is None:
            raise ValidationError("assignee: 'me' needs an agent, not a requester", field="assignee")
        return session.get(Agent, actor.id)
    query = select(Agent).where(Agent.active)
    if value.isdigit():
        query = query.where(Agent.id == int(value))
    elif "@" in value:
        query = query.where(func.lower(Agent.email) == value.lower())
    else:
        query = query.where(func.lower(Agent.name) == value.lower())
    agent = session.scalars(query).first()
    if agent is None:
        names = ", ".join(session.scalars(select(Agent.name).where(Agent.active).order_by(Agent.name)))
        raise NotFoundError(f"assignee: no agent '{value}' (agents: {names})", field="assignee")
    return agent


def find_group(session: Session, text: str) -> SupportGroup | None:
    value = text.strip()
    if value.lower() in ("none", ""):
        return None
    group = session.scalars(
        select(SupportGroup).where(func.lower(SupportGroup.name) == value.lower(), SupportGroup.active)
    ).first()
    if group is None:
        names = ", ".join(session.scalars(select(SupportGroup.name).order_by(SupportGroup.tier)))
        raise NotFoundError(f"group: no support group '{value}' (groups: {names})", field="group")
    return group


def next_tier_group(session: Session, current: SupportGroup | None) -> SupportGroup:
    """The group one tier up from current, for escalation (a ticket in no group is with first line)."""
    tier = current.tier if current else 1
    group = session.scalars(
        select(SupportGroup)
        .where(SupportGroup.tier > tier, SupportGroup.active)
        .order_by(SupportGroup.tier, SupportGroup.id)
    ).first()
    if group is None:
        raise ValidationError("group: there is no higher support tier to escalate to", field="group")
    return group


def find_category(session: Session, path: str) -> tuple[Category, Category | None]:
    """The category (and subcategory) named by 'Hardware/Printer', case-insensitive."""
    top_name, sub_name = split_path(path)
    top = session.scalars(
        select(Category).where(Category.parent_id.is_(None), func.lower(Category.name) == top_name.lower())
    ).first()
    if top is None:
        names = ", ".join(session.scalars(select(Category.name).where(Category.parent_id.is_(None))))
        raise NotFoundError(f"category: no category '{top_name}' (categories: {names})", field="category")
    if sub_name is None:
        return top, None
    sub = session.scalars(
        select(Category).where(Category.parent_id == top.id, func.lower(Category.name) == sub_name.lower())
    ).first()
    if sub is None:
        names = ", ".join(session.scalars(select(Category.name).where(Category.parent_id == top.id))) or "none"
        raise NotFoundError(
            f"category: '{top.name}' has no subcategory '{sub_name}' (subcategories: {names})",
            field="category",
        )
    return top, sub

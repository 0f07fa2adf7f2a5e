"""Who and what can be chosen in forms: agents, support groups, requesters and the category tree."""

from dataclasses import dataclass

from sqlalchemy import func, select

from deskapp.services.records import GroupRef, PersonRef
from deskapp.storage.engine import Database
from deskapp.storage.tables import Agent, Category, Requester, SupportGroup


@dataclass(frozen=True)
class CategoryNode:
    name: str
    children: tuple[str, ...]
    id: int = 0


class DirectoryService:
    def __init__(self, database: Database) -> None:
        self.database = database

    def agents(self) -> list[PersonRef]:
        with self.database.read() as session:
            rows = session.scalars(select(Agent).where(Agent.active).order_by(func.lower(Agent.name)))
            return [PersonRef(a.id, a.name, a.email) for a in rows]

    def groups(self) -> list[GroupRef]:
        with self.database.read() as session:
            rows = session.scalars(
                select(SupportGroup).where(SupportGroup.active).order_by(SupportGroup.tier, SupportGroup.name)
            )
            return [GroupRef(g.id, g.name, g.tier) for g in rows]

    def categories(self) -> list[CategoryNode]:
        """The tree in its configured order: top-level categories with their subcategories."""
        with self.database.read() as session:
            rows = [
                (row.id, row.parent_id, row.name)
                for row in session.scalars(select(Category).order_by(Category.position, Category.name))
            ]
        children: dict[int, list[str]] = {}
        for _id, parent_id, name in rows:
            if parent_id is not None:
                children.setdefault(parent_id, []).append(name)
        return [
            CategoryNode(name, tuple(children.get(id_, ())), id_) for id_, parent_id, name in rows if parent_id is None
        ]

    def requesters(self, prefix: str = "", limit: int = 20) -> list[PersonRef]:
        """Requesters whose name or email starts with prefix, for completion in forms."""
        with self.database.read() as session:
            query = select(Requester).order_by(func.lower(Requester.name)).limit(limit)
            if prefix.strip():
                like = prefix.strip().lower().replace("%", "").replace("_", "") + "%"
                query = query.where(func.lower(Requester.name).like(like) | func.lower(Requester.email).like(like))
            return [PersonRef(r.id, r.name, r.email, r.department) for r in session.scalars(query)]

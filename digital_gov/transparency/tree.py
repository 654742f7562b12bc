"""The transparency tree under a page, read in a constant number of queries."""

from __future__ import annotations

from dataclasses import dataclass, field

from portal.trees import nest


@dataclass
class TreeNode:
    number: str
    title: str
    url: str
    applies: bool
    depth: int
    last_updated: object = None
    responsible_area: str = ""
    pending_until: object = None  # set only on items published as "en preparación"
    overdue: bool = False
    children: list[TreeNode] = field(default_factory=list)


SECTION_FIELDS = ["id", "path", "depth", "url_path", "title", "number", "applies"]
ITEM_FIELDS = [*SECTION_FIELDS, "last_updated", "responsible_area", "pending", "pending_until"]


def transparency_tree(page, request, *, section_model, item_model) -> list[TreeNode]:
    """Live sections and items below ``page``: two queries whatever the size of the tree.

    The models are passed in by the pages that show the tree (this module does not import them).
    """
    nodes = []
    for model, fields in ((section_model, SECTION_FIELDS), (item_model, ITEM_FIELDS)):
        for node in model.objects.descendant_of(page).live().public().only(*fields):
            pending = getattr(node, "is_pending", False)
            nodes.append(
                (
                    node.path,
                    TreeNode(
                        number=node.number,
                        title=node.title,
                        url=node.get_url(request),
                        applies=node.applies,
                        depth=node.depth,
                        last_updated=getattr(node, "last_updated", None),
                        responsible_area=getattr(node, "responsible_area", ""),
                        pending_until=node.pending_until if pending else None,
                        overdue=pending and node.is_overdue,
                    ),
                )
            )
    nodes.sort(key=lambda pair: pair[0])
    return nest([node for _, node in nodes])

"""What depends on an asset (pure): "this server fails, what breaks?".

``edges`` are ``(dependent, dependency)`` pairs: a service runs on a virtual machine, which runs on
a server behind a switch. The impact of an asset is every asset that depends on it, directly or
through others, with how many steps away it is.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable


def impacted(edges: Iterable[tuple[int, int]], start: int) -> dict[int, int]:
    """Every asset depending on ``start`` (directly: 1, through one other: 2…); cycles are safe."""
    dependents = defaultdict(set)
    for dependent, dependency in edges:
        dependents[dependency].add(dependent)
    distance, queue = {}, deque([(start, 0)])
    while queue:
        node, steps = queue.popleft()
        for dependent in sorted(dependents[node]):
            if dependent != start and dependent not in distance:
                distance[dependent] = steps + 1
                queue.append((dependent, steps + 1))
    return distance


def creates_cycle(edges: Iterable[tuple[int, int]], dependent: int, dependency: int) -> bool:
    """Whether ``dependent`` depending on ``dependency`` would close a loop: ``dependency`` already
    depends, directly or not, on ``dependent`` (or they are the same asset)."""
    return dependent == dependency or dependency in impacted(edges, dependent)

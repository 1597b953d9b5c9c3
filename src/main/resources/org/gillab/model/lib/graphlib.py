"""graphlib: topological sorting of a graph of hashable nodes, as CPython 3.11's module does.

Written for GIL Lab from CPython's documentation and experiments: nodes become ready in the order they
were first added, successors in the order their edges were added, and a cycle is reported as the first
one a depth-first search from the nodes, in that order, meets.
"""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# npredecessors of a node once get_ready() has passed it out, and once done() has been called for it.
_NODE_OUT = -1
_NODE_DONE = -2


class _NodeInfo:
    __slots__ = "node", "npredecessors", "successors"

    def __init__(self, node):
        self.node = node
        self.npredecessors = 0  # or _NODE_OUT, _NODE_DONE
        self.successors = []


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] is the cycle, its first node repeated at
    the end ([1, 2, 1])."""


class TopologicalSorter:
    """Orders the nodes of a graph so that each comes after its predecessors, all at once or in
    groups that can be worked on in parallel."""

    def __init__(self, graph=None):
        self._node2info = {}
        self._ready_nodes = None  # the list made by prepare()
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _get_nodeinfo(self, node):
        info = self._node2info.get(node)
        if info is None:
            info = self._node2info[node] = _NodeInfo(node)
        return info

    def add(self, node, *predecessors):
        """Adds node and edges to it from each predecessor (a predecessor given twice counts twice)."""
        if self._ready_nodes is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._get_nodeinfo(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._get_nodeinfo(pred).successors.append(node)

    def prepare(self):
        """Ends the graph; CycleError if it has a cycle (the nodes outside it can still be got)."""
        if self._ready_nodes is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready_nodes = [info.node for info in self._node2info.values() if info.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def _check_prepared(self):
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        """The nodes whose predecessors are all done and that were not yet passed out, as a tuple."""
        self._check_prepared()
        result = tuple(self._ready_nodes)
        for node in result:
            self._node2info[node].npredecessors = _NODE_OUT
        self._ready_nodes.clear()
        self._npassedout += len(result)
        return result

    def is_active(self):
        """True while there are nodes ready or passed out and not yet done."""
        self._check_prepared()
        return self._nfinished < self._npassedout or bool(self._ready_nodes)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Marks nodes that get_ready() passed out as processed; their successors may become ready."""
        self._check_prepared()
        for node in nodes:
            info = self._node2info.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if info.npredecessors >= 0:
                raise ValueError(f"node {node!r} was not passed out (still not ready)")
            if info.npredecessors == _NODE_DONE:
                raise ValueError(f"node {node!r} was already marked done")
            info.npredecessors = _NODE_DONE
            for successor in info.successors:
                successor_info = self._node2info[successor]
                successor_info.npredecessors -= 1
                if successor_info.npredecessors == 0:
                    self._ready_nodes.append(successor)
            self._nfinished += 1

    def _find_cycle(self):
        """The first cycle a depth-first walk along successor edges meets, as [a, b, ..., a]; or None."""
        seen = set()
        for start in self._node2info:
            if start in seen:
                continue
            seen.add(start)
            path = [start]                      # the nodes of the current walk
            on_path = {start: 0}                # node -> its index in path
            pending = [iter(self._node2info[start].successors)]  # each path node's unvisited successors
            while pending:
                node = next(pending[-1], None)
                if node is None:
                    del on_path[path.pop()]
                    pending.pop()
                elif node in on_path:
                    return path[on_path[node]:] + [node]
                elif node not in seen:
                    seen.add(node)
                    on_path[node] = len(path)
                    path.append(node)
                    pending.append(iter(self._node2info[node].successors))
        return None

    def static_order(self):
        """The nodes in one topological order (prepare() is called; CycleError if there is a cycle)."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(GenericAlias)

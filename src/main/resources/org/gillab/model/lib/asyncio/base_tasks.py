"""Task.get_stack and Task.print_stack, mirroring that part of CPython 3.11's Lib/asyncio/base_tasks.py
(written for the model from the asyncio documentation and python3's observed output).

A task still running shows the frame its coroutine is suspended in (one frame: a suspended coroutine's
frame has no f_back); one that failed shows the frames of its exception's traceback; any other none.
"""

import linecache
import traceback


def _coroutine_frame(coro):
    for attribute in ("cr_frame", "gi_frame", "ag_frame"):
        if hasattr(coro, attribute):
            return getattr(coro, attribute)
    return None


def _task_get_stack(task, limit):
    frame = _coroutine_frame(task._coro)
    if frame is not None:
        # a stack keeps its newest frames: gathered from the newest, reversed at the end
        newest_first = []
        while frame is not None and (limit is None or len(newest_first) < limit):
            newest_first.append(frame)
            frame = frame.f_back
        return newest_first[::-1]
    frames = []
    if task._exception is not None:
        # a traceback keeps its oldest frames
        tb = task._exception.__traceback__
        while tb is not None and (limit is None or len(frames) < limit):
            frames.append(tb.tb_frame)
            tb = tb.tb_next
    return frames


def _task_print_stack(task, limit, file):
    entries = []
    for frame in task.get_stack(limit=limit):
        filename = frame.f_code.co_filename
        if not any(entry[0] == filename for entry in entries):
            linecache.checkcache(filename)
        line = linecache.getline(filename, frame.f_lineno, frame.f_globals)
        entries.append((filename, frame.f_lineno, frame.f_code.co_name, line))
    failure = task._exception
    # as in CPython, the heading is print()ed (file=None: stdout) while traceback.print_list's default is stderr
    if not entries:
        print(f"No stack for {task!r}", file=file)
    elif failure is not None:
        print(f"Traceback for {task!r} (most recent call last):", file=file)
    else:
        print(f"Stack for {task!r} (most recent call last):", file=file)
    traceback.print_list(entries, file=file)
    if failure is not None:
        print("".join(traceback.format_exception_only(type(failure), failure)), file=file, end="")

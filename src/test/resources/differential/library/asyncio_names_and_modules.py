# Where asyncio's names live, as 3.11 has them: Task and Future are the C classes of _asyncio,
# QueueEmpty and QueueFull belong to asyncio.queues (an uncaught one prints so), "from asyncio
# import *" brings no TaskGroup (3.11 leaves it out of __all__), and the task registry helpers.
import asyncio
from asyncio import *


async def main():
    task = asyncio.current_task()
    print(type(task), type(asyncio.get_running_loop().create_future()))
    print(asyncio.QueueEmpty.__module__, asyncio.QueueFull.__module__, asyncio.SendfileNotAvailableError.__mro__[1])
    print("TaskGroup" in globals(), "Queue" in globals(), "timeout" in globals())
    try:
        asyncio.tasks._enter_task(asyncio.get_running_loop(), task)
    except RuntimeError as e:
        print(str(e) == f"Cannot enter into task {task!r} while another task {task!r} is being executed.")
    Queue().get_nowait()


asyncio.run(main())

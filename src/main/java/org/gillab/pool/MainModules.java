package org.gillab.pool;

/** The programs a worker has loaded as __mp_main__, one model interpreter each. */
final class MainModules {
    private final WorkerOptions options;

    MainModules(WorkerOptions options) {
        this.options = options;
    }

    void load(int programId, String filename, String source) {
    }

    Message call(Message.RunTask task) {
        return new Message.TaskFailed(task.taskId(), "NotImplementedError", "the model interpreter is not merged yet", "");
    }
}

package org.gillab.protocol;

/** A message that must not be handled: badly framed, wrongly signed or not JSON. */
final class InvalidMessageException extends Exception {
    private final transient Message readable;

    InvalidMessageException(String message) {
        this(message, null, null);
    }

    InvalidMessageException(String message, Throwable cause, Message readable) {
        super(message, cause);
        this.readable = readable;
    }

    /**
     * The part that could be read: identities and header of a signed message whose other parts are
     * malformed (so the sender can get an error reply), or null.
     */
    Message readable() {
        return readable;
    }
}

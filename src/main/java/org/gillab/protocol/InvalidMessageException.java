package org.gillab.protocol;

/** A message that must not be handled: badly framed, wrongly signed or not JSON. */
final class InvalidMessageException extends Exception {
    InvalidMessageException(String message) {
        super(message);
    }

    InvalidMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.marsad.store;

/** A storage failure, with what was being done; the cause is the driver's exception. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(cause == null || cause.getMessage() == null ? message : message + ": " + cause.getMessage(), cause);
    }

    public StoreException(String message) {
        super(message);
    }
}

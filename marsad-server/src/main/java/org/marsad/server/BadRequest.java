package org.marsad.server;

/** A request the API refuses with 400 and this message (which names the parameter and what it accepts). */
final class BadRequest extends RuntimeException {
    BadRequest(String message) {
        super(message, null, false, false);
    }
}

package org.marsad.store;

/** An event's id (GlobalEventID) and day, as a page lists them before any row is read whole. */
public record EventKey(long eid, String day) {
}

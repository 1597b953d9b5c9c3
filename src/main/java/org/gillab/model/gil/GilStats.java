package org.gillab.model.gil;

/**
 * Counters of one lock.
 *
 * @param handoffs      switch_number: how many times the lock passed from one thread to another
 * @param dropRequests  how many times a waiter set gil_drop_request after a timed-out wait
 */
public record GilStats(long handoffs, long dropRequests) {
}

package org.linli.notification;

/** An event only the delivery test publishes. */
public record InboxProbe(String token) {

}

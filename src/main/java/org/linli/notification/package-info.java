/**
 * Tells people what needs them: listens to the case events (durably, through the event
 * publication registry) and delivers each notice through a {@link Notifier} — today the
 * in-app inbox; SMS or WeChat adapters plug in as further notifiers.
 */
package org.linli.notification;

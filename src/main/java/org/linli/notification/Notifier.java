package org.linli.notification;

/**
 * A channel that delivers a notice to one person.
 */
public interface Notifier {

	void notify(Notification notification);

}

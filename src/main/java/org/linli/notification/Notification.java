package org.linli.notification;

import java.util.List;

/**
 * A notice for one person (by username): its text is the message {@code subjectKey} with
 * {@code args}, rendered in the reader's language when read.
 */
public record Notification(String recipient, String kind, String subjectKey, List<String> args, String link) {

	public Notification {
		args = List.copyOf(args);
	}

}

package org.linli.notification.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.linli.notification.Notification;
import org.linli.notification.Notifier;
import org.linli.shared.Messages;
import org.linli.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The in-app inbox: each notice is kept for its recipient until read, and rendered in the
 * reader's language when listed.
 */
@Service
@Transactional
public class Inbox implements Notifier {

	private final JdbcClient jdbc;

	private final Messages messages;

	Inbox(JdbcClient jdbc, Messages messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	public void notify(Notification notification) {
		this.jdbc.sql("""
				insert into notification.inbox_item (recipient, kind, subject_key, args, link)
				values (:recipient, :kind, :subjectKey, :args, :link)""")
			.param("recipient", notification.recipient())
			.param("kind", notification.kind())
			.param("subjectKey", notification.subjectKey())
			.param("args", notification.args().toArray(String[]::new))
			.param("link", notification.link())
			.update();
	}

	/** The recipient's notices, newest first; only the unread ones when asked. */
	@Transactional(readOnly = true)
	public Page page(String recipient, boolean unreadOnly, int page, int size) {
		String where = " where recipient = :recipient" + (unreadOnly ? " and read_at is null" : "");
		long total = this.jdbc.sql("select count(*) from notification.inbox_item" + where)
			.param("recipient", recipient)
			.query(Long.class)
			.single();
		List<Item> items = this.jdbc
			.sql("select * from notification.inbox_item" + where + " order by id desc limit :size offset :offset")
			.param("recipient", recipient)
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> item(rs))
			.list();
		return new Page(items, page, size, total);
	}

	/** Marks the recipient's notice read; someone else's notice is not found. */
	public void markRead(long id, String recipient) {
		int found = this.jdbc.sql("""
				update notification.inbox_item set read_at = coalesce(read_at, clock_timestamp())
				 where id = :id and recipient = :recipient""").param("id", id).param("recipient", recipient).update();
		if (found == 0) {
			throw new NotFoundException("notification.error.not-found");
		}
	}

	private Item item(ResultSet rs) throws SQLException {
		Array args = rs.getArray("args");
		Object[] values = (Object[]) args.getArray();
		return new Item(rs.getLong("id"), rs.getString("kind"), this.messages.get(rs.getString("subject_key"), values),
				rs.getString("link"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null);
	}

	public record Item(long id, String kind, String text, String link, Instant createdAt, boolean read) {
	}

	public record Page(List<Item> items, int page, int size, long total) {
	}

}

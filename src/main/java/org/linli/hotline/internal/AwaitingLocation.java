package org.linli.hotline.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.ObjectMapper;

import org.linli.shared.privacy.FieldCipher;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tickets without coordinates (待定位), kept until someone picks the spot. The ticket as
 * sent is sealed under a key derived from the platform's data key for this purpose only,
 * since it carries the caller's name and phone.
 */
@Repository
class AwaitingLocation {

	private static final String PURPOSE = "linli/hotline/awaiting-ticket/v1";

	private static final String INDEX = "linli/hotline/awaiting-index/v1";

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	private final ObjectMapper json;

	private final Clock clock;

	AwaitingLocation(JdbcClient jdbc, ObjectMapper json, Clock clock,
			@Value("${linli.security.data-key:}") String dataKey) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.cipher = FieldCipher.fromBase64Key(dataKey, PURPOSE, INDEX);
	}

	/** Keeps the ticket unless its number is already waiting; whether it was new. */
	boolean hold(String number, TicketForm form, Instant receivedAt, String importedBy) {
		byte[] sealed = this.cipher.encrypt(PURPOSE, this.json.writeValueAsString(form));
		return this.jdbc.sql("""
				insert into hotline.awaiting_location (ticket_number, received_at, content, address, hotline_category,
				       sealed_ticket, imported_by, imported_at)
				values (:number, :receivedAt, :content, :address, :category, :sealed, :importedBy, :now)
				on conflict (ticket_number) do nothing""")
			.param("number", number)
			.param("receivedAt", Timestamp.from(receivedAt))
			.param("content", form.content().strip())
			.param("address", text(form.address()))
			.param("category", text(form.hotlineCategory()))
			.param("sealed", sealed)
			.param("importedBy", importedBy)
			.param("now", Timestamp.from(this.clock.instant()))
			.update() > 0;
	}

	/** The ticket as the hotline sent it, if it is waiting. */
	Optional<TicketForm> ticket(String number) {
		return this.jdbc.sql("select sealed_ticket from hotline.awaiting_location where ticket_number = :number")
			.param("number", number)
			.query(byte[].class)
			.optional()
			.map((sealed) -> this.json.readValue(this.cipher.decrypt(PURPOSE, sealed), TicketForm.class));
	}

	boolean isWaiting(String number) {
		return this.jdbc.sql("select count(*) from hotline.awaiting_location where ticket_number = :number")
			.param("number", number)
			.query(Long.class)
			.single() > 0;
	}

	/** Oldest first: the longest waiting is the most urgent to place. */
	List<WaitingTicket> all(int limit) {
		return this.jdbc.sql("""
				select ticket_number, received_at, content, address, hotline_category, imported_at
				  from hotline.awaiting_location order by received_at, ticket_number limit :limit""")
			.param("limit", limit)
			.query((rs, row) -> new WaitingTicket(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	Optional<WaitingTicket> find(String number) {
		return this.jdbc.sql("""
				select ticket_number, received_at, content, address, hotline_category, imported_at
				  from hotline.awaiting_location where ticket_number = :number""")
			.param("number", number)
			.query((rs, row) -> new WaitingTicket(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()))
			.optional();
	}

	void release(String number) {
		this.jdbc.sql("delete from hotline.awaiting_location where ticket_number = :number")
			.param("number", number)
			.update();
	}

	private static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}

package org.linli.hotline.internal;

import java.util.ArrayList;
import java.util.List;

import org.linli.shared.ConflictException;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Messages;

import org.springframework.stereotype.Service;

/**
 * A batch of tickets from a hotline export: every row is taken in on its own (a bad row
 * does not hold the others back) and the answer lists each row's problems. Importing the
 * same file again creates nothing new.
 */
@Service
public class TicketImport {

	private final Tickets tickets;

	private final Messages messages;

	private final HotlineProperties properties;

	TicketImport(Tickets tickets, Messages messages, HotlineProperties properties) {
		this.tickets = tickets;
		this.messages = messages;
		this.properties = properties;
	}

	public ImportResult importFile(byte[] content) {
		List<TicketFiles.TicketRow> rows = TicketFiles.read(content, this.properties.importMaxRows());
		int created = 0;
		int awaitingLocation = 0;
		int existing = 0;
		List<RowProblem> problems = new ArrayList<>();
		for (TicketFiles.TicketRow row : rows) {
			if (!row.problems().isEmpty()) {
				problems.add(problem(row, row.problems()));
				continue;
			}
			try {
				TicketReceipt receipt = this.tickets.take(row.form());
				if (receipt.created() && receipt.awaitsLocation()) {
					awaitingLocation++;
				}
				else if (receipt.created()) {
					created++;
				}
				else {
					existing++;
				}
			}
			catch (InvalidInputException ex) {
				problems.add(problem(row, ex.problems()));
			}
			catch (ConflictException ex) {
				problems.add(new RowProblem(row.line(), row.form().ticketNumber(), List.of(this.messages.get(ex))));
			}
		}
		return new ImportResult(rows.size(), created, awaitingLocation, existing, problems.size(), problems);
	}

	private RowProblem problem(TicketFiles.TicketRow row, List<FieldProblem> problems) {
		return new RowProblem(row.line(), row.form().ticketNumber(),
				problems.stream()
					.map((problem) -> problem.field() + ": " + this.messages.get(problem.messageKey(), problem.args()))
					.toList());
	}

	/**
	 * {@code created}: rows that became concerns; {@code awaitingLocation}: rows without
	 * coordinates, kept until their spot is picked; {@code existing}: ticket numbers seen
	 * before.
	 */
	public record ImportResult(int rows, int created, int awaitingLocation, int existing, int failed,
			List<RowProblem> problems) {

	}

	public record RowProblem(int line, String ticketNumber, List<String> messages) {

	}

}

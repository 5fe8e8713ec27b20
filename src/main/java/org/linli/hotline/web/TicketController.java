package org.linli.hotline.web;

import java.io.IOException;
import java.util.List;

import org.linli.hotline.internal.TicketForm;
import org.linli.hotline.internal.TicketImport;
import org.linli.hotline.internal.TicketReceipt;
import org.linli.hotline.internal.Tickets;
import org.linli.hotline.internal.WaitingTicket;
import org.linli.shared.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Hotline tickets, for the street's dispatchers, administrators and hotline systems with
 * a key ({@code X-Hotline-Key}): one ticket as JSON (201 when it became a concern, 202
 * when it came without coordinates and waits for its spot, 200 when the ticket number was
 * known), or a CSV/XLSX export as multipart {@code file}. Dispatchers and administrators
 * list the waiting tickets and give each its spot.
 */
@RestController
@RequestMapping("/api/v1/hotline/tickets")
@PreAuthorize("hasAnyRole('DISPATCHER', 'ADMIN') or hasAuthority('HOTLINE_CLIENT')")
class TicketController {

	private static final int MAX_LIMIT = 500;

	private final Tickets tickets;

	private final TicketImport ticketImport;

	TicketController(Tickets tickets, TicketImport ticketImport) {
		this.tickets = tickets;
		this.ticketImport = ticketImport;
	}

	@PostMapping
	ResponseEntity<TicketReceipt> take(@RequestBody TicketForm form) {
		TicketReceipt receipt = this.tickets.take(form);
		HttpStatus status = !receipt.created() ? HttpStatus.OK
				: receipt.awaitsLocation() ? HttpStatus.ACCEPTED : HttpStatus.CREATED;
		return ResponseEntity.status(status).body(receipt);
	}

	@GetMapping("/awaiting-location")
	@PreAuthorize("hasAnyRole('DISPATCHER', 'ADMIN')")
	List<WaitingTicket> awaitingLocation(@RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidInputException("limit", "hotline.error.limit", MAX_LIMIT);
		}
		return this.tickets.awaitingLocation(limit);
	}

	/** Takes a ticket that waited for its spot in at the point given. */
	@PostMapping("/{ticketNumber}/location")
	@PreAuthorize("hasAnyRole('DISPATCHER', 'ADMIN')")
	ResponseEntity<TicketReceipt> locate(@PathVariable String ticketNumber, @RequestBody Point point) {
		TicketReceipt receipt = this.tickets.locate(ticketNumber, point.lat(), point.lon());
		return ResponseEntity.status(receipt.created() ? HttpStatus.CREATED : HttpStatus.OK).body(receipt);
	}

	@PostMapping("/import")
	TicketImport.ImportResult importFile(@RequestParam(required = false) MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "hotline.error.file-required");
		}
		return this.ticketImport.importFile(file.getBytes());
	}

	record Point(Double lat, Double lon) {
	}

}

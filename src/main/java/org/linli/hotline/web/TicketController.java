package org.linli.hotline.web;

import java.io.IOException;

import org.linli.hotline.internal.TicketForm;
import org.linli.hotline.internal.TicketImport;
import org.linli.hotline.internal.TicketReceipt;
import org.linli.hotline.internal.Tickets;
import org.linli.shared.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Hotline tickets, for the street's dispatchers, administrators and hotline systems with
 * a key ({@code X-Hotline-Key}): one ticket as JSON (201 when it became a concern, 200
 * when the ticket number was known), or a CSV/XLSX export as multipart {@code file}.
 */
@RestController
@RequestMapping("/api/v1/hotline/tickets")
@PreAuthorize("hasAnyRole('DISPATCHER', 'ADMIN') or hasAuthority('HOTLINE_CLIENT')")
class TicketController {

	private final Tickets tickets;

	private final TicketImport ticketImport;

	TicketController(Tickets tickets, TicketImport ticketImport) {
		this.tickets = tickets;
		this.ticketImport = ticketImport;
	}

	@PostMapping
	ResponseEntity<TicketReceipt> take(@RequestBody TicketForm form) {
		TicketReceipt receipt = this.tickets.take(form);
		return ResponseEntity.status(receipt.created() ? HttpStatus.CREATED : HttpStatus.OK).body(receipt);
	}

	@PostMapping("/import")
	TicketImport.ImportResult importFile(@RequestParam(required = false) MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "hotline.error.file-required");
		}
		return this.ticketImport.importFile(file.getBytes());
	}

}

package org.linli.hotline.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.linli.hotline.internal.TicketReceipt;
import org.linli.hotline.internal.Tickets;
import org.linli.hotline.internal.WaitingTicket;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Messages;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Hotline tickets that came with an address but no coordinates (待定位), for dispatchers and
 * administrators: the list, and one ticket on a map that starts at the community its
 * address names, where picking the spot takes the ticket in as a concern. A spot outside
 * every grid is shown next to the coordinates.
 */
@Controller
@PreAuthorize("hasAnyRole('DISPATCHER', 'ADMIN')")
class LocatePages {

	private static final int SHOWN = 200;

	private final Tickets tickets;

	private final Messages messages;

	LocatePages(Tickets tickets, Messages messages) {
		this.tickets = tickets;
		this.messages = messages;
	}

	@GetMapping("/hotline/locate")
	String list(Model model) {
		model.addAttribute("tickets", this.tickets.awaitingLocation(SHOWN));
		return "hotline/locate";
	}

	@GetMapping("/hotline/locate/{ticketNumber}")
	String ticket(@PathVariable String ticketNumber, Model model) {
		return ticketPage(this.tickets.waiting(ticketNumber), null, null, Map.of(), model);
	}

	@PostMapping("/hotline/locate/{ticketNumber}")
	String locate(@PathVariable String ticketNumber, @RequestParam(required = false) String lat,
			@RequestParam(required = false) String lon, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		WaitingTicket waiting = this.tickets.waiting(ticketNumber);
		Map<String, String> errors = new LinkedHashMap<>();
		Double latitude = number("lat", lat, errors);
		Double longitude = number("lon", lon, errors);
		if (errors.isEmpty()) {
			try {
				TicketReceipt receipt = this.tickets.locate(ticketNumber, latitude, longitude);
				redirect.addFlashAttribute("notice", this.messages.get("hotline.locate.taken-in",
						receipt.ticketNumber(), receipt.caseNumber(), receipt.gridCode()));
				return "redirect:/hotline/locate";
			}
			catch (InvalidInputException ex) {
				ex.problems()
					.forEach((problem) -> errors.put(problem.field(),
							this.messages.get(problem.messageKey(), problem.args())));
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return ticketPage(waiting, lat, lon, errors, model);
	}

	private String ticketPage(WaitingTicket ticket, String lat, String lon, Map<String, String> errors, Model model) {
		model.addAttribute("ticket", ticket);
		model.addAttribute("proposedArea", this.tickets.proposedArea(ticket));
		model.addAttribute("lat", lat);
		model.addAttribute("lon", lon);
		model.addAttribute("errors", errors);
		return "hotline/locate-ticket";
	}

	private Double number(String field, String text, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			double value = Double.parseDouble(text.strip());
			if (Double.isFinite(value)) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.put(field, this.messages.get("hotline.error.number", text));
		return null;
	}

}

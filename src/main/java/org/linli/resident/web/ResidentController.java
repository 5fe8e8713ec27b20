package org.linli.resident.web;

import java.util.List;

import org.linli.resident.ResidentDirectory;
import org.linli.resident.ResidentView;
import org.linli.resident.RevealedResident;
import org.linli.shared.InvalidInputException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/residents")
class ResidentController {

	private final ResidentDirectory directory;

	ResidentController(ResidentDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/{id}")
	ResidentView resident(@PathVariable long id) {
		return this.directory.resident(id);
	}

	@PostMapping("/{id}/reveal")
	RevealedResident reveal(@PathVariable long id, @RequestBody(required = false) RevealRequest request) {
		return this.directory.reveal(id, (request != null) ? request.reason() : null);
	}

	/**
	 * Exact-match lookup; the number travels in the body so it stays out of URLs and
	 * access logs.
	 */
	@PostMapping("/lookup")
	List<ResidentView> lookup(@RequestBody(required = false) LookupRequest request) {
		boolean byPhone = request != null && request.phone() != null && !request.phone().isBlank();
		boolean byIdNumber = request != null && request.idNumber() != null && !request.idNumber().isBlank();
		if (byPhone == byIdNumber) {
			throw new InvalidInputException("phone", "resident.error.lookup-one");
		}
		return byPhone ? this.directory.findByPhone(request.phone())
				: this.directory.findByIdNumber(request.idNumber());
	}

	record RevealRequest(String reason) {
	}

	record LookupRequest(String phone, String idNumber) {
	}

}

package org.linli.resident.web;

import org.linli.resident.HouseholdDetails;
import org.linli.resident.HouseholdPage;
import org.linli.resident.ResidentDirectory;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/households")
class HouseholdController {

	private final ResidentDirectory directory;

	HouseholdController(ResidentDirectory directory) {
		this.directory = directory;
	}

	@GetMapping
	HouseholdPage households(@RequestParam(required = false) String areaCode,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return this.directory.households(areaCode, page, size);
	}

	@GetMapping("/{id}")
	HouseholdDetails household(@PathVariable long id) {
		return this.directory.household(id);
	}

}

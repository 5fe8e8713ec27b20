package org.linli.open311.web;

import java.util.List;
import java.util.UUID;

import org.linli.open311.internal.ApiKeys;
import org.linli.shared.apikey.ApiKeyTable.IssuedKey;
import org.linli.shared.apikey.ApiKeyTable.KeyView;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators issue Open311 API keys (shown once), list and revoke them. */
@RestController
@RequestMapping("/api/v1/open311/keys")
@PreAuthorize("hasRole('ADMIN')")
class ApiKeyController {

	private final ApiKeys keys;

	ApiKeyController(ApiKeys keys) {
		this.keys = keys;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	IssuedKey issue(@RequestBody KeyRequest request) {
		return this.keys.issue(request.name());
	}

	@GetMapping
	List<KeyView> all() {
		return this.keys.all();
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable UUID id) {
		this.keys.revoke(id);
	}

	record KeyRequest(String name) {
	}

}

package org.linli.hotline.web;

import java.util.List;
import java.util.UUID;

import org.linli.hotline.internal.Callbacks;
import org.linli.hotline.internal.CategoryMappings;
import org.linli.hotline.internal.HotlineSettings;
import org.linli.hotline.internal.Keys;
import org.linli.shared.InvalidInputException;
import org.linli.shared.apikey.ApiKeyTable.IssuedKey;
import org.linli.shared.apikey.ApiKeyTable.KeyView;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The connector's administration: the category table, the callback target, the callbacks
 * (failures first of all) and the hotline API keys.
 */
@RestController
@RequestMapping("/api/v1/hotline")
@PreAuthorize("hasRole('ADMIN')")
class HotlineAdminController {

	private static final int MAX_LIMIT = 500;

	private final CategoryMappings mappings;

	private final HotlineSettings settings;

	private final Callbacks callbacks;

	private final Keys keys;

	HotlineAdminController(CategoryMappings mappings, HotlineSettings settings, Callbacks callbacks, Keys keys) {
		this.mappings = mappings;
		this.settings = settings;
		this.callbacks = callbacks;
		this.keys = keys;
	}

	@GetMapping("/categories")
	CategoryTable categories() {
		return new CategoryTable(this.mappings.all(), this.mappings.unmapped());
	}

	@PutMapping("/categories")
	CategoryMappings.Mapping putCategory(@RequestBody MappingRequest request) {
		return this.mappings.put(request.hotlineCategory(), request.categoryCode());
	}

	@DeleteMapping("/categories")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void removeCategory(@RequestParam String hotlineCategory) {
		this.mappings.remove(hotlineCategory);
	}

	@GetMapping("/settings")
	SettingsView settings() {
		return view(this.settings.current());
	}

	@PutMapping("/settings")
	SettingsView changeSettings(@RequestBody SettingsRequest request) {
		return view(this.settings.change(request.callbackUrl(), request.secret()));
	}

	@GetMapping("/callbacks")
	List<Callbacks.CallbackView> callbacks(@RequestParam(defaultValue = "FAILED") String state,
			@RequestParam(defaultValue = "100") int limit) {
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidInputException("limit", "hotline.error.limit", MAX_LIMIT);
		}
		return this.callbacks.list(state.strip().toUpperCase(java.util.Locale.ROOT), limit);
	}

	@PostMapping("/callbacks/{id}/retry")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void retry(@PathVariable long id) {
		this.callbacks.retry(id);
	}

	@PostMapping("/keys")
	@ResponseStatus(HttpStatus.CREATED)
	IssuedKey issueKey(@RequestBody KeyRequest request) {
		return this.keys.issue(request.name());
	}

	@GetMapping("/keys")
	List<KeyView> keys() {
		return this.keys.all();
	}

	@DeleteMapping("/keys/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revokeKey(@PathVariable UUID id) {
		this.keys.revoke(id);
	}

	private static SettingsView view(HotlineSettings.Settings settings) {
		return new SettingsView(settings.callbackUrl(), settings.hasSecret());
	}

	record CategoryTable(List<CategoryMappings.Mapping> mappings, List<CategoryMappings.Unmapped> unmapped) {
	}

	record MappingRequest(String hotlineCategory, String categoryCode) {
	}

	record SettingsRequest(String callbackUrl, String secret) {
	}

	record SettingsView(String callbackUrl, boolean secretSet) {
	}

	record KeyRequest(String name) {
	}

}

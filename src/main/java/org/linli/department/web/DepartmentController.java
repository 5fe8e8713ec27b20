package org.linli.department.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.linli.department.Department;
import org.linli.department.DepartmentKind;
import org.linli.department.Departments;
import org.linli.department.NewDepartment;
import org.linli.shared.InvalidInputException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Departments as reference data. Each item carries both the Chinese {@code name} and the
 * English {@code nameEn}, so a client shows whichever matches its language without asking
 * again.
 */
@RestController
@RequestMapping("/api/v1/departments")
class DepartmentController {

	private final Departments departments;

	DepartmentController(Departments departments) {
		this.departments = departments;
	}

	@GetMapping
	List<Department> all() {
		return this.departments.all();
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Department> register(@RequestBody RegisterRequest request) {
		Department registered = this.departments
			.register(new NewDepartment(request.code(), request.name(), request.nameEn(), kind(request.kind())));
		return ResponseEntity.created(URI.create("/api/v1/departments/" + registered.code())).body(registered);
	}

	/**
	 * Renames the department and, when {@code active} is given, deactivates or
	 * reactivates it.
	 */
	@PutMapping("/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	Department update(@PathVariable String code, @RequestBody UpdateRequest request) {
		Department department = this.departments.rename(code, request.name(), request.nameEn());
		if (request.active() != null && request.active() != department.active()) {
			department = request.active() ? this.departments.reactivate(code) : this.departments.deactivate(code);
		}
		return department;
	}

	private static DepartmentKind kind(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return DepartmentKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("kind", "department.error.kind.invalid", text);
		}
	}

	record RegisterRequest(String code, String name, String nameEn, String kind) {
	}

	record UpdateRequest(String name, String nameEn, Boolean active) {
	}

}

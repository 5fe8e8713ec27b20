package org.linli.cases.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.linli.department.Department;
import org.linli.department.Departments;
import org.linli.identity.CurrentUser;
import org.linli.media.PhotoStore;
import org.linli.shared.FieldProblem;
import org.linli.shared.InvalidInputException;
import org.linli.shared.Messages;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * What the case pages share: problems turned into messages per form field, photos stored
 * from a form's file inputs, departments named in the page's language.
 */
@Component
class PageForms {

	private final Messages messages;

	private final PhotoStore photos;

	private final Departments departments;

	PageForms(Messages messages, PhotoStore photos, Departments departments) {
		this.messages = messages;
		this.photos = photos;
		this.departments = departments;
	}

	/**
	 * Problems by form field; a problem on {@code photoIds[2]} belongs to {@code photos}.
	 */
	Map<String, List<String>> errors(InvalidInputException ex) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		for (FieldProblem problem : ex.problems()) {
			String field = problem.field().startsWith("photoIds") ? "photos" : problem.field().replaceAll("\\[.*", "");
			errors.computeIfAbsent(field, (key) -> new ArrayList<>())
				.add(this.messages.get(problem.messageKey(), problem.args()));
		}
		if (errors.isEmpty()) {
			errors.put("form", List.of(this.messages.get(ex.messageKey(), ex.args())));
		}
		return errors;
	}

	/** Stores each chosen file as a photo; empty file inputs are skipped. */
	List<UUID> store(List<MultipartFile> files) {
		List<UUID> ids = new ArrayList<>();
		List<FieldProblem> problems = new ArrayList<>();
		if (files == null) {
			return ids;
		}
		for (MultipartFile file : files) {
			if (file.isEmpty()) {
				continue;
			}
			try {
				ids.add(this.photos.store(file.getBytes(), CurrentUser.scope().username()).id());
			}
			catch (InvalidInputException ex) {
				ex.problems()
					.forEach((problem) -> problems
						.add(new FieldProblem("photos", problem.messageKey(), problem.args())));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException("error.invalid-input", problems);
		}
		return ids;
	}

	List<DepartmentOption> activeDepartments() {
		boolean english = Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
		return this.departments.all()
			.stream()
			.filter(Department::active)
			.map((department) -> new DepartmentOption(department.code(),
					(english && department.nameEn() != null) ? department.nameEn() : department.name()))
			.toList();
	}

	/** Every department's name, including those no longer taking new work. */
	Map<String, String> departmentNames() {
		boolean english = Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
		Map<String, String> names = new LinkedHashMap<>();
		this.departments.all()
			.forEach((department) -> names.put(department.code(),
					(english && department.nameEn() != null) ? department.nameEn() : department.name()));
		return names;
	}

	record DepartmentOption(String code, String name) {
	}

}

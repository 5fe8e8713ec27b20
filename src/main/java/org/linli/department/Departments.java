package org.linli.department;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The district's departments. Reading is open to every module; changes are for
 * administrators only and are refused whole, with every problem named, when the input
 * breaks a rule.
 */
public interface Departments {

	/** Every department, active or not, ordered by code. */
	List<Department> all();

	Optional<Department> find(String code);

	/**
	 * A department with this code was ever registered (it may have been deactivated
	 * since).
	 */
	boolean exists(String code);

	/**
	 * A department with this code is registered and may take new work: check this before
	 * assigning work.
	 */
	boolean isActive(String code);

	@PreAuthorize("hasRole('ADMIN')")
	Department register(NewDepartment department);

	@PreAuthorize("hasRole('ADMIN')")
	Department rename(String code, String name, String nameEn);

	@PreAuthorize("hasRole('ADMIN')")
	Department deactivate(String code);

	@PreAuthorize("hasRole('ADMIN')")
	Department reactivate(String code);

}

package org.linli.identity;

import org.springframework.security.core.GrantedAuthority;

/**
 * What a person does on the platform. The authority name is {@code ROLE_} + the enum
 * name, so {@code hasRole('DISPATCHER')} reads as it should.
 */
public enum Role implements GrantedAuthority {

	RESIDENT, GRID_WORKER, COMMUNITY_STAFF, DISPATCHER, DEPARTMENT_HANDLER, LEADER, ADMIN;

	@Override
	public String getAuthority() {
		return "ROLE_" + name();
	}

}

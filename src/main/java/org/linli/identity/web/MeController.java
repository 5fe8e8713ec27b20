package org.linli.identity.web;

import java.util.List;

import org.linli.identity.LinliUser;
import org.linli.identity.Role;
import org.linli.identity.Scope;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {

	@GetMapping("/api/v1/me")
	Me me(@AuthenticationPrincipal LinliUser user) {
		Scope scope = user.scope();
		return new Me(scope.username(), user.displayName(), scope.roles().stream().sorted().toList(), scope.areaCodes(),
				scope.departmentCode());
	}

	record Me(String username, String displayName, List<Role> roles, List<String> areaCodes, String departmentCode) {
	}

}

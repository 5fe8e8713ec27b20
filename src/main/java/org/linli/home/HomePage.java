package org.linli.home;

import org.linli.identity.CurrentUser;
import org.linli.identity.Scope;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomePage {

	@GetMapping("/")
	String landing() {
		return CurrentUser.scope().isAuthenticated() ? "redirect:/home" : "landing";
	}

	@GetMapping("/home")
	String home(Model model) {
		Scope scope = CurrentUser.scope();
		model.addAttribute("scope", scope);
		model.addAttribute("roles", scope.roles().stream().sorted().toList());
		return "home";
	}

}

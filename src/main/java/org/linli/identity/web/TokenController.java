package org.linli.identity.web;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.linli.identity.internal.TokenIssuer;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TokenController {

	private final TokenIssuer tokens;

	TokenController(TokenIssuer tokens) {
		this.tokens = tokens;
	}

	@PostMapping("/api/v1/auth/token")
	TokenResponse token(@Valid @RequestBody TokenRequest request) {
		TokenIssuer.Token token = this.tokens.issue(request.username(), request.password());
		return new TokenResponse(token.value(), "Bearer",
				token.expiresAt().getEpochSecond() - Instant.now().getEpochSecond());
	}

	record TokenRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 256) String password) {
	}

	record TokenResponse(String accessToken, String tokenType, long expiresIn) {
	}

}

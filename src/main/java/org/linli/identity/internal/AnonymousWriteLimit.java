package org.linli.identity.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.linli.shared.TooManyRequestsException;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Bounds what one address may write without signing in (reports, photos, evaluations by
 * tracking link): a token bucket per address refilled each minute. Signed-in callers are
 * accountable and not limited here.
 */
@Component
class AnonymousWriteLimit implements HandlerInterceptor {

	private final long perMinute;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(10))
		.maximumSize(100_000)
		.build();

	AnonymousWriteLimit(SecurityProperties properties) {
		this.perMinute = properties.anonymousWritesPerMinute();
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!HttpMethod.POST.matches(request.getMethod()) || !anonymous()) {
			return true;
		}
		Bucket bucket = this.buckets.get(request.getRemoteAddr(), (address) -> Bucket.builder()
			.addLimit((limit) -> limit.capacity(this.perMinute).refillIntervally(this.perMinute, Duration.ofMinutes(1)))
			.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
			throw new TooManyRequestsException(seconds, "identity.error.too-many-anonymous-writes", seconds);
		}
		return true;
	}

	private static boolean anonymous() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated();
	}

}

package dev.readout.audit;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes sign-ins, failed sign-ins and refused requests to the audit trail, with the
 * client they came from. Refusals are written at most once a minute per client address
 * and account, and all of them counted: a client asking a thousand times for a page it
 * may not see is one line a minute, not a flood.
 */
@Component
class SecurityEventsAudit {

	private final AuditTrail trail;

	private final Cache<String, Boolean> refusalsWrittenThisMinute = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofMinutes(1))
		.maximumSize(100_000)
		.build();

	private final Counter refusals;

	SecurityEventsAudit(AuditTrail trail, MeterRegistry meters) {
		this.trail = trail;
		this.refusals = Counter.builder("readout.requests.refused")
			.description("Requests refused for lack of sign-in or of the role they need")
			.register(meters);
	}

	@EventListener
	void onSignIn(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
			this.trail.signedIn(event.getAuthentication().getName(), currentClient());
		}
	}

	@EventListener
	void onFailedSignIn(AbstractAuthenticationFailureEvent event) {
		this.trail.signInFailed(event.getAuthentication().getName(), currentClient());
	}

	@EventListener
	void onAccessDenied(AuthorizationDeniedEvent<?> event) {
		this.refusals.increment();
		HttpServletRequest request = (event.getObject() instanceof HttpServletRequest http) ? http : null;
		Client client = (request != null) ? Client.of(request) : currentClient();
		String actor = this.trail.currentActor();
		String key = ((client != null) ? client.address() : "") + " " + actor;
		if (this.refusalsWrittenThisMinute.asMap().putIfAbsent(key, true) == null) {
			this.trail.accessDenied(actor, (request != null) ? request.getMethod() + " " + request.getRequestURI()
					: String.valueOf(event.getObject()), client);
		}
	}

	private static Client currentClient() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? Client.of(attributes.getRequest()) : null;
	}

}

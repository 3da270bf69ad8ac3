package dev.readout.audit;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;

/** Writes sign-ins, failed sign-ins and refused requests to the audit trail. */
@Component
class SecurityEventsAudit {

	private final AuditTrail trail;

	SecurityEventsAudit(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void onSignIn(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
			this.trail.signedIn(event.getAuthentication().getName());
		}
	}

	@EventListener
	void onFailedSignIn(AbstractAuthenticationFailureEvent event) {
		this.trail.signInFailed(event.getAuthentication().getName());
	}

	@EventListener
	void onAccessDenied(AuthorizationDeniedEvent<?> event) {
		String request = (event.getObject() instanceof HttpServletRequest http)
				? http.getMethod() + " " + http.getRequestURI() : String.valueOf(event.getObject());
		this.trail.accessDenied(this.trail.currentActor(), request);
	}

}

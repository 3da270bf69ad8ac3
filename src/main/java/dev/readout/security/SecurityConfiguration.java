package dev.readout.security;

import java.time.Clock;

import dev.readout.account.ApiTokens;
import dev.readout.account.Role;
import dev.readout.account.SignInThrottle;
import io.micrometer.core.instrument.MeterRegistry;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;

/**
 * Who may do what. Reading is open to anonymous visitors unless
 * {@code readout.security.public-read=false}; every form and every write needs an analyst
 * or an admin; managing accounts needs an admin.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Pages that show a form to change the record end in one of these words. */
	private static final String EDITING_PAGES = ".*/(new|edit|delete|status)(\\?.*)?$";

	/** Change histories name the analysts who made them: for signed-in people only. */
	private static final String HISTORY_PAGES = ".*/history(\\?.*)?$";

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/**
	 * The JSON API: no session and no sign-in page; scripts present an API token, and
	 * every refusal is a problem document. Without cookies there is nothing for a forged
	 * cross-site request to ride on, so no CSRF token is asked for.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokens tokens, JsonMapper json, MessageSource messages,
			AccessSettings access) throws Exception {
		ApiAccessProblems problems = new ApiAccessProblems(json, messages);
		http.securityMatcher("/api/**").authorizeHttpRequests((requests) -> {
			if (access.publicRead()) {
				requests.requestMatchers(HttpMethod.GET, "/api/**").permitAll();
			}
			else {
				requests.requestMatchers(HttpMethod.GET, "/api/**").authenticated();
			}
			requests.anyRequest().hasAnyRole(Role.ANALYST.name(), Role.ADMIN.name());
		})
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.addFilterBefore(new ApiTokenAuthenticationFilter(tokens, problems), AuthorizationFilter.class)
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http, AccessSettings access, SignInThrottle throttle,
			MeterRegistry meters, Clock clock) throws Exception {
		http.authorizeHttpRequests((requests) -> {
			requests.requestMatchers(PathRequest.toStaticResources().atCommonLocations())
				.permitAll()
				.requestMatchers("/webjars/**", "/login", "/error", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers("/admin/import/historian", "/admin/import/historian/**")
				.hasAnyRole(Role.ANALYST.name(), Role.ADMIN.name())
				.requestMatchers("/admin/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers("/account/**")
				.authenticated()
				.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, EDITING_PAGES))
				.hasAnyRole(Role.ANALYST.name(), Role.ADMIN.name())
				.requestMatchers(RegexRequestMatcher.regexMatcher(HttpMethod.GET, HISTORY_PAGES))
				.authenticated();
			if (access.publicRead()) {
				requests.requestMatchers(HttpMethod.GET, "/**").permitAll();
			}
			else {
				requests.requestMatchers(HttpMethod.GET, "/**").authenticated();
			}
			requests.anyRequest().hasAnyRole(Role.ANALYST.name(), Role.ADMIN.name());
		})
			.formLogin((login) -> login.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureUrl("/login?error")
				.permitAll())
			.addFilterBefore(new SignInThrottleFilter(throttle, meters), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new PasswordChangeFirstFilter(), AuthorizationFilter.class)
			.addFilterBefore(new SessionLifetimeFilter(clock), SecurityContextHolderFilter.class)
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").permitAll())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** Publishes access denials as events, so the audit trail records them. */
	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
		return new SpringAuthorizationEventPublisher(publisher);
	}

}

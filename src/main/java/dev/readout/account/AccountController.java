package dev.readout.account;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Signing in, and one's own account: who one is signed in as, changing one's password,
 * and the tokens one's scripts use the JSON API with.
 */
@Controller
class AccountController {

	private final Accounts accounts;

	private final ApiTokens apiTokens;

	private final PasswordPolicy passwordPolicy;

	private final SecurityContextRepository sessionContexts = new HttpSessionSecurityContextRepository();

	AccountController(Accounts accounts, ApiTokens apiTokens, PasswordPolicy passwordPolicy) {
		this.accounts = accounts;
		this.apiTokens = apiTokens;
		this.passwordPolicy = passwordPolicy;
	}

	@GetMapping("/login")
	String login() {
		return "account/login";
	}

	@GetMapping("/account")
	String account(Principal principal, Model model) {
		return page(principal, model, PasswordChangeForm.blank(), ApiTokenForm.blank());
	}

	@PostMapping("/account/password")
	String changePassword(Principal principal, @Valid @ModelAttribute("form") PasswordChangeForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		form.rejectIfNotRepeated(result);
		this.passwordPolicy.rejectIfUnacceptable(principal.getName(), form.newPassword(), result, "newPassword");
		if (!result.hasErrors()) {
			switch (this.accounts.changePassword(principal.getName(), form.currentPassword(), form.newPassword(),
					request.getRemoteAddr(), request.getSession().getId())) {
				case WRONG_CURRENT_PASSWORD -> result.rejectValue("currentPassword", "account.password.wrong");
				case TOO_MANY_ATTEMPTS -> result.rejectValue("currentPassword", "account.password.wait");
				case CHANGED -> keepSignedInWithOwnPassword(request, response);
			}
		}
		if (result.hasErrors()) {
			return page(principal, model, form, ApiTokenForm.blank());
		}
		redirect.addFlashAttribute("message", "account.password.changed");
		return "redirect:/account";
	}

	/**
	 * This session was opened with a password someone else chose; now that its holder has
	 * chosen their own, it may go everywhere their role allows.
	 */
	private void keepSignedInWithOwnPassword(HttpServletRequest request, HttpServletResponse response) {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		SecurityContext renewed = SecurityContextHolder.createEmptyContext();
		renewed.setAuthentication(UsernamePasswordAuthenticationToken
			.authenticated(signedIn.getPrincipal(), null, signedIn.getAuthorities()
				.stream()
				.filter((authority) -> !AccountDetailsService.PASSWORD_CHANGE_REQUIRED.equals(authority.getAuthority()))
				.toList()));
		SecurityContextHolder.setContext(renewed);
		this.sessionContexts.saveContext(renewed, request, response);
	}

	/** The token is shown once, on the page the analyst is sent back to. */
	@PostMapping("/account/api-tokens")
	String issueApiToken(Principal principal, @Valid @ModelAttribute("tokenForm") ApiTokenForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(principal, model, PasswordChangeForm.blank(), form);
		}
		ApiTokens.IssuedToken issued = this.apiTokens.issue(principal.getName(), form.name());
		redirect.addFlashAttribute("issuedToken", issued.secret());
		redirect.addFlashAttribute("message", "account.apiToken.issued");
		return "redirect:/account#api-tokens";
	}

	@PostMapping("/account/api-tokens/{id}/revoke")
	String revokeApiToken(Principal principal, @PathVariable long id, RedirectAttributes redirect) {
		this.apiTokens.revoke(principal.getName(), id);
		redirect.addFlashAttribute("message", "account.apiToken.revoked");
		return "redirect:/account#api-tokens";
	}

	private String page(Principal principal, Model model, PasswordChangeForm form, ApiTokenForm tokenForm) {
		model.addAttribute("account", this.accounts.find(principal.getName()));
		model.addAttribute("apiTokens", this.apiTokens.of(principal.getName()));
		model.addAttribute("form", form);
		model.addAttribute("tokenForm", tokenForm);
		return "account/account";
	}

}

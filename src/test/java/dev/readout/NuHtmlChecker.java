package dev.readout;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the engine behind validator.w3.org/nu) run in process on a page's
 * markup as served: its errors, each with line and column. Warnings are left out.
 */
public final class NuHtmlChecker {

	/**
	 * The checker's schema for HTML with its built-in assertions, as its command line
	 * uses.
	 */
	private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private NuHtmlChecker() {
	}

	public static List<String> errors(String html) {
		List<String> errors = new ArrayList<>();
		ErrorHandler collector = new ErrorHandler() {

			@Override
			public void warning(SAXParseException exception) {
			}

			@Override
			public void error(SAXParseException exception) {
				errors.add(describe(exception));
			}

			@Override
			public void fatalError(SAXParseException exception) {
				errors.add(describe(exception));
			}

		};
		try {
			SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
			validator.setUpMainSchema(HTML_SCHEMA, collector);
			validator.setUpValidatorAndParsers(collector, true, false);
			validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
		}
		catch (IOException | SAXException ex) {
			errors.add(ex.getMessage());
		}
		catch (Exception ex) {
			throw new IllegalStateException("The Nu HTML Checker could not start", ex);
		}
		return errors;
	}

	private static String describe(SAXParseException exception) {
		return exception.getLineNumber() + ":" + exception.getColumnNumber() + " " + exception.getMessage();
	}

}

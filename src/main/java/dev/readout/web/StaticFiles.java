package dev.readout.web;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The page's script and the favicon, beside the style sheets that
 * {@code spring.mvc.static-path-pattern} serves: each from its own address, so that the
 * resource chain still looks up only links to these files, never every link a page
 * encodes.
 */
@Configuration(proxyBeanMethods = false)
class StaticFiles implements WebMvcConfigurer {

	private final WebProperties.Resources resources;

	StaticFiles(WebProperties web) {
		this.resources = web.getResources();
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/js/**")
			.addResourceLocations("classpath:/static/js/")
			.setCacheControl(this.resources.getCache().getCachecontrol().toHttpCacheControl());
		registry.addResourceHandler("/favicon.svg")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(this.resources.getCache().getCachecontrol().toHttpCacheControl());
	}

}

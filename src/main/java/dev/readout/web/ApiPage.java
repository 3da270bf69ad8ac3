package dev.readout.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Slice;

/**
 * One page of a JSON API list.
 *
 * @param next the address of the following page, or null on the last one
 */
public record ApiPage<T>(List<T> items,
		@Schema(description = "The following page; absent on the last page", nullable = true) String next) {

	/**
	 * The items of a numbered page; the next page's address is this request's with
	 * {@code page} moved on.
	 */
	public static <T> ApiPage<T> numbered(Slice<?> slice, List<T> items) {
		return new ApiPage<>(items, slice.hasNext() ? ThisRequest.with("page", slice.getNumber() + 1) : null);
	}

}

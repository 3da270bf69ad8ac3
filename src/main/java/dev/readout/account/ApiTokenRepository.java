package dev.readout.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	@Query("select t from ApiToken t join fetch t.account where t.digest = :digest and t.revokedAt is null")
	Optional<ApiToken> findUsable(String digest);

	@Query("select t from ApiToken t where t.account.username = :username order by t.createdAt desc, t.id desc")
	List<ApiToken> findOfAccount(String username);

}

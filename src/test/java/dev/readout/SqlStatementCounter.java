package dev.readout;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application sends, per thread, so a test can show that a
 * page's statement count does not grow with the size of the record.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatementCounter {

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource) {
					return ProxyDataSourceBuilder.create(dataSource).name(beanName).countQuery().build();
				}
				return bean;
			}

		};
	}

	public static void reset() {
		QueryCountHolder.clear();
	}

	/** Statements sent by this thread since the last {@link #reset()}. */
	public static long statements() {
		return QueryCountHolder.getGrandTotal().getTotal();
	}

}

package fr.paris.teleservices.notifications.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReminderScheduleTest {

  @Test
  void theDefaultIs2_7_21DaysAnd10BeforeTheDeadlineAtMost4() {
    assertThat(ReminderSchedule.DEFAULT.format()).isEqualTo("after=2,7,21;before=10;max=4");
    assertThat(ReminderSchedule.parse("after=2,7,21;before=10;max=4")).isEqualTo(ReminderSchedule.DEFAULT);
  }

  @Test
  void readsWhatAnAdministratorTypes() {
    assertThat(ReminderSchedule.parse(" after = 3 , 10 ; before= ; max=2 "))
        .isEqualTo(new ReminderSchedule(List.of(3, 10), List.of(), 2));
  }

  @ParameterizedTest
  @ValueSource(strings = {"after=2", "after=0;max=1", "after=x;max=1", "max=11", "after=2;max=-1", "foo=1;max=1",
    "after=1,2,3,4,5,6,7,8,9,10,11;max=3", "after=400;max=1"})
  void refusesNonsense(String text) {
    assertThatThrownBy(() -> ReminderSchedule.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }
}

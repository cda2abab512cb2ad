using Consultation.Api.Auth;
using Consultation.Api.Consultations;
using Consultation.Api.Problems;
using Consultation.Core.Calendar;
using Consultation.Core.Consultations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Consultation.Api.Calendar;

/// <summary>The working-day calendar (lịch làm việc): days off by year, deadlines, and the administrator's overrides.</summary>
public static class CalendarApi
{
    public static IEndpointRouteBuilder MapCalendarApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/calendar").WithTags("Calendar").RequireAuthorization(Policies.Authenticated);
        group.MapGet("/deadline", Deadline).WithName("GetDeadline").WithSummary("Thời hạn tính theo ngày làm việc")
            .WithDescription("Thời điểm hết hạn của yêu cầu nhận lúc from (mặc định: bây giờ) với workingDays ngày làm việc: "
                + "không tính ngày nhận, hết hạn lúc 24:00 (giờ Việt Nam) của ngày làm việc cuối cùng.");
        group.MapGet("/overrides", CalendarOverridesApi.List).WithName("ListCalendarOverrides")
            .WithSummary("Các ngày điều chỉnh theo lịch nghỉ lễ, tết của Chính phủ")
            .WithDescription("Các ngày nghỉ hoặc làm bù đã đặt thay cho quy tắc mặc định, theo năm (year) hoặc tất cả.");
        group.MapPut("/overrides/{date}", CalendarOverridesApi.Set).WithName("SetCalendarOverride").RequireAuthorization(Policies.Admin)
            .WithSummary("Đặt ngày nghỉ hoặc ngày làm việc (quản trị)")
            .WithDescription("Đặt ngày (yyyy-MM-dd) là ngày nghỉ (day_off) hoặc ngày làm việc (working_day) kèm tên; "
                + "thời hạn của các việc đang mở tính theo ngày làm việc được tính lại trong cùng giao dịch.");
        group.MapDelete("/overrides/{date}", CalendarOverridesApi.Delete).WithName("DeleteCalendarOverride").RequireAuthorization(Policies.Admin)
            .WithSummary("Bỏ điều chỉnh của một ngày (quản trị)")
            .WithDescription("Ngày trở lại theo quy tắc mặc định; thời hạn của các việc đang mở được tính lại.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        // Literal segments win over {year}, so /deadline and /overrides never reach this route.
        group.MapGet("/{year}", Year).WithName("GetCalendarYear").WithSummary("Ngày nghỉ lễ, tết và ngày làm bù của một năm")
            .WithDescription("Ngày nghỉ lễ, tết theo Bộ luật Lao động (Tết và Giỗ Tổ tính theo âm lịch Việt Nam), ngày nghỉ bù và ngày làm bù, có tên.");
        return routes;
    }

    public static Results<Ok<CalendarYearResponse>, ValidationProblem> Year(int year, CurrentCalendar calendar, HttpContext http)
    {
        var errors = new FieldErrors(http.Lang());
        return CalendarInput.CheckYear(year, "year", errors)
            ? TypedResults.Ok(CalendarYearResponse.From(calendar.Calendar.YearSummary(year)))
            : Problem.Invalid(http, errors);
    }

    /// <summary>The due moment of a request received at <paramref name="from"/> (default: now) given <paramref name="workingDays"/> working days.</summary>
    public static Results<Ok<DeadlineResponse>, ValidationProblem> Deadline(
        HttpContext http, IWorkingCalendar calendar, IOptions<DeadlineOptions> deadlines, TimeProvider clock,
        string? from = null, int? workingDays = null)
    {
        var errors = new FieldErrors(http.Lang());
        var received = clock.GetUtcNow();
        if (from is not null && !DueMoment.TryParse(from, out received))
        {
            errors.Add("from", "invalid_time");
        }
        else if (!CalendarInput.IsReceivable(received))
        {
            errors.Add("from", "year_range", VietnamWorkingCalendar.MinYear, VietnamWorkingCalendar.MaxYear - 1);
        }
        var max = deadlines.Value.MaxWorkingDays;
        if (workingDays is null)
        {
            errors.Add("workingDays", "required");
        }
        else if (workingDays < 1 || workingDays > max)
        {
            errors.Add("workingDays", "working_days_range", max);
        }
        if (errors.Any)
        {
            return Problem.Invalid(http, errors);
        }
        var utc = received.ToUniversalTime();
        return TypedResults.Ok(new DeadlineResponse(utc, workingDays!.Value, calendar.DueAt(utc, workingDays.Value)));
    }
}

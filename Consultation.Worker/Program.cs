using Consultation.Core;

// The worker host. Its Quartz jobs and MassTransit consumers arrive with the escalation issue;
// for now it only proves it can start against the shared configuration.
var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddConsultationCore(builder.Configuration, Path.Combine(builder.Environment.ContentRootPath, "data", "consultation.db"));

var host = builder.Build();
host.Run();

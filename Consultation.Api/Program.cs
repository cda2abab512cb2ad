using Consultation.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddConsultationApi();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseConsultationApi();
app.Run();

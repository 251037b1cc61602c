// What nearly every operation file names: the mediator, the validator, the result and request types, the rule extensions.
global using FluentValidation;
global using MediatR;
global using Msp.Application.Common.Requests;
global using Msp.Application.Common.Results;
global using Msp.Application.Common.Validation;
